import { Link, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';

export interface WayOn {
  href: string;
  label: string;
}

/** A link named something that does not exist (goal, year, unit): says so, and offers a way on. */
export function MissingMessage({ message, wayOn }: { message: string; wayOn?: WayOn }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
      {wayOn && (
        <MessageBarActions>
          <Link href={wayOn.href}>{wayOn.label}</Link>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
