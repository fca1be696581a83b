import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Actor } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import type { StagePosition } from './useStagePosition';

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  big: { fontSize: '1.15rem', minHeight: '44px', paddingInline: tokens.spacingHorizontalL },
  who: { fontSize: '1.15rem', margin: 0 },
  hint: { color: tokens.colorNeutralForeground2, margin: 0, flexBasis: '100%' },
});

export interface StageControlsProps {
  position: StagePosition;
  presenter: Actor | null;
  /** Someone of the unit: may present (read-only visitors only browse) */
  canPresent: boolean;
  /** Avsluta mötet is offered (rektor, avdelningschef, or the presenter) */
  canEnd: boolean;
  onEnd(): void;
}

/** Who presents, how this screen follows, and the buttons that move it: Föregående, Nästa, Presentera or Följ presentatören, Avsluta mötet. */
export function StageControls({ position, presenter, canPresent, canEnd, onEnd }: StageControlsProps) {
  const t = useStrings().stage;
  const styles = useStyles();
  const { mode } = position;
  return (
    <nav aria-label={t.controls} className={styles.controls}>
      <p className={styles.who}>
        <strong>{presenter ? t.presentedBy(presenter.name) : t.noPresenter}</strong> {t.modes[mode]}
      </p>
      <Button className={styles.big} onClick={position.previous} disabledFocusable={!position.canPrevious}>
        {t.previous}
      </Button>
      <Button className={styles.big} appearance={mode === 'present' ? 'primary' : 'secondary'} onClick={position.next} disabledFocusable={!position.canNext}>
        {t.next}
      </Button>
      {mode === 'browse' && (
        <Button className={styles.big} appearance="primary" onClick={position.follow}>
          {t.follow}
        </Button>
      )}
      {mode !== 'present' && canPresent && (
        <Button className={styles.big} onClick={position.present}>
          {t.present}
        </Button>
      )}
      {canEnd && (
        <Button className={styles.big} onClick={onEnd}>
          {t.end.button}
        </Button>
      )}
      <p className={styles.hint}>{t.keysHint}</p>
      {position.moveError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.moveFailed}</MessageBarTitle>
            {position.moveError.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </nav>
  );
}
