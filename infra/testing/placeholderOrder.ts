import { readBicep } from './bicep';
import { lifecycles, placeholdersOf, readText, toolkitSupplied, writtenBy, type Action, type Project } from './toolkitProject';

const outputsOf = (template: string): string[] => [...readBicep(readText(template)).outputs.keys()];

/** Every name any action of the project writes (Bicep outputs included). */
export function namesWritten(project: Project): Set<string> {
  return new Set(lifecycles.flatMap((l) => project[l] ?? []).flatMap((a) => writtenBy(a, outputsOf)));
}

/** Names the admin sets in the env file before provisioning: listed there, empty, and written by no action. */
export function namesSetByHand(project: Project, envFile: Record<string, string>): string[] {
  const written = namesWritten(project);
  return Object.entries(envFile)
    .filter(([name, value]) => value === '' && !written.has(name) && !toolkitSupplied.has(name))
    .map(([name]) => name)
    .sort();
}

/**
 * Each ${{NAME}} an action uses that nothing defines by then: not in the env file with a value, not set
 * by hand before provisioning, not supplied by the toolkit, and not written by an earlier action (in
 * deploy and publish, provision's writes count as earlier). Empty when every name is defined in time.
 */
export function undefinedPlaceholders(project: Project, envFile: Record<string, string>): string[] {
  const given = new Set([
    ...toolkitSupplied,
    ...namesSetByHand(project, envFile),
    ...Object.entries(envFile).flatMap(([name, value]) => (value === '' ? [] : [name])),
  ]);
  const problems: string[] = [];
  const check = (lifecycle: string, actions: Action[], before: Set<string>) => {
    const available = new Set([...given, ...before]);
    actions.forEach((action, i) => {
      // aadApp/update makes up the scope's id when its manifest needs one the env lacks.
      if (action.uses === 'aadApp/update') for (const name of writtenBy(action, outputsOf)) available.add(name);
      for (const name of placeholdersOf(action)) {
        if (!available.has(name)) problems.push(`${lifecycle}[${i}] ${action.uses}: ${name}`);
      }
      for (const name of writtenBy(action, outputsOf)) available.add(name);
    });
    return available;
  };
  const afterProvision = check('provision', project.provision ?? [], new Set());
  check('deploy', project.deploy ?? [], afterProvision);
  check('publish', project.publish ?? [], afterProvision);
  return problems;
}
