import { Body1, Checkbox } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';
import type { TeamLink } from './teamLink';

/**
 * The chosen unit's link to the Team the tab is configured in, in plain words, and the choice to link
 * it here when it is not (saving then links it).
 */
export function TeamLinkChoice({ link, checked, onChange }: { link: TeamLink; checked: boolean; onChange(checked: boolean): void }) {
  const t = useStrings().config;
  if (link === 'here') return <Body1 as="p">{t.linkedHere}</Body1>;
  return (
    <>
      <Body1 as="p">{link === 'none' ? t.notLinked : t.linkedElsewhere}</Body1>
      <Checkbox checked={checked} onChange={(_, data) => onChange(data.checked === true)} label={link === 'none' ? t.linkHere : t.linkHereInstead} />
    </>
  );
}
