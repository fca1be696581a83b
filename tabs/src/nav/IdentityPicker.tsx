import { Field, Select } from '@fluentui/react-components';
import type { Caller } from '@vp/shared';
import { useStrings } from '../i18n/strings';

/** Local mode only: who you are, which decides what you may change. Renders nothing without development identities. */
export function IdentityPicker({ devUsers, identity, onChange }: { devUsers: Caller[]; identity: string | null; onChange(id: string | null): void }) {
  const t = useStrings();
  if (devUsers.length === 0) return null;
  return (
    <Field label={t.identity} hint={t.identityHint}>
      <Select value={identity ?? ''} onChange={(_, d) => onChange(d.value || null)}>
        <option value="">{t.noIdentity}</option>
        {devUsers.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
