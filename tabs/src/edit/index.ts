// Editing the unit's plan: dialogs to add, edit and delete items, with validation, conflicts and unsaved-change guards.
export { GoalEditorDialog, type GoalEditorDialogProps } from './GoalEditorDialog';
export { ActivityEditorDialog, type ActivityEditorDialogProps } from './ActivityEditorDialog';
export { SectionEditorDialog, type SectionEditorDialogProps } from './SectionEditorDialog';
export { DeleteDialog, type DeleteDialogProps } from './DeleteDialog';
export { ConflictMessage, type ConflictMessageProps } from './ConflictMessage';
export { useSaveWithConflict, type Conflict } from './useSaveWithConflict';
export { useUnsavedChangesGuard } from './useUnsavedChangesGuard';
