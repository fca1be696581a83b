import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiHost } from '../testing/apiHost';

it('keeps written data in the database file across a restart', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vp-restart-'));
  try {
    const first = await startApiHost(dataDir);
    const created = await first.call('/units/hagerstensasens-forskolor/plans/2021/goals', {
      method: 'POST',
      as: 'dev-personal-hag',
      body: JSON.stringify({ level: 'unitGoal', parentId: 'nm-3.2-1', title: 'Friskvård för alla' }),
    });
    const { id, eTag } = await created.json();
    await first.stop(false);

    const second = await startApiHost(dataDir); // seeds again: must not duplicate or overwrite
    const read = await second.call(`/units/hagerstensasens-forskolor/plans/2021/goals/${id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ title: 'Friskvård för alla', eTag });
    const audit = await (await second.call(`/audit?itemId=${id}`)).json();
    expect(audit).toHaveLength(1);
    await second.stop(false);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
