import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useStrings } from '../i18n/strings';
import { cardHostConfig } from './cardHostConfig';

const useStyles = makeStyles({
  figure: { margin: 0 },
  card: {
    maxWidth: '32rem',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    // The card's Action.OpenUrl buttons, drawn like Fluent's outline button (adaptivecards leaves them unstyled).
    '& .ac-pushButton': {
      fontFamily: tokens.fontFamilyBase,
      fontSize: tokens.fontSizeBase300,
      fontWeight: tokens.fontWeightSemibold,
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorNeutralBackground1,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      borderRadius: tokens.borderRadiusMedium,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      minHeight: '32px',
      cursor: 'pointer',
    },
    '& .ac-pushButton:hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
});

/**
 * An Adaptive Card rendered by the adaptivecards package, exactly as it was stored and posted; loaded
 * when first shown (the renderer is not needed on most page views). Action.OpenUrl opens its link.
 */
export function AdaptiveCardView({ card, label }: { card: Record<string, unknown>; label: string }) {
  const t = useStrings().approval.posts;
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let gone = false;
    import('adaptivecards').then(
      ({ AdaptiveCard, HostConfig, OpenUrlAction, SerializationContext, Versions }) => {
        if (gone || !box.current) return;
        // No markdown library: a TextBlock shows its text as written (people's words are in TextRuns anyway), without the renderer's warning.
        AdaptiveCard.onProcessMarkdown = () => undefined;
        const adaptive = new AdaptiveCard();
        adaptive.hostConfig = new HostConfig(cardHostConfig);
        adaptive.onExecuteAction = (action) => {
          if (action instanceof OpenUrlAction && action.url) window.open(action.url, '_blank', 'noopener');
        };
        // As Teams reads it: Adaptive Cards 1.5 (Teams does not render 1.6).
        adaptive.parse(card, new SerializationContext(Versions.v1_5));
        const element = adaptive.render();
        setFailed(!element);
        box.current.replaceChildren(...(element ? [element] : []));
      },
      () => !gone && setFailed(true),
    );
    return () => {
      gone = true;
    };
  }, [card]);

  return (
    <figure aria-label={label} className={styles.figure}>
      <div ref={box} className={styles.card} />
      {failed && <Caption1>{t.cardFailed}</Caption1>}
    </figure>
  );
}
