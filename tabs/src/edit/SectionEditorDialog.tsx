import type { PlanSection, SectionNode, Stored } from '@vp/shared';
import type { ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { EditorDialog } from './EditorDialog';
import { EditorField } from './EditorField';
import type { FieldSpec } from './formValues';
import { useItemEditor } from './useItemEditor';

export interface SectionEditorDialogProps {
  api: ApiClient;
  unitId: string;
  year: number;
  section: SectionNode;
  open: boolean;
  onClose(): void;
  onSaved(section: Stored<PlanSection>): void;
}

const sectionSpec = { title: 'line', text: 'text' } as const satisfies FieldSpec;

/** Edits the heading and text of one of the plan's text sections. */
export function SectionEditorDialog(props: SectionEditorDialogProps) {
  return props.open ? <SectionEditor key={props.section.id} {...props} /> : null;
}

function SectionEditor({ api, unitId, year, section, onClose, onSaved }: SectionEditorDialogProps) {
  const t = useStrings().edit;
  const { state, field } = useItemEditor({
    api,
    unitId,
    year,
    collection: 'sections',
    spec: sectionSpec,
    item: section,
    fixed: { key: section.key, parentId: null },
    onSaved,
    onClose,
  });
  return (
    <EditorDialog title={t.editSection} thing="section" editor={state} onClose={onClose}>
      <EditorField label={t.sectionTitle} control="input" required {...field('title')} />
      <EditorField label={t.sectionText} control="textarea" rows={12} {...field('text')} />
    </EditorDialog>
  );
}
