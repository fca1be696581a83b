import { get } from 'node:http';
import { connect } from 'node:net';
import { startHostProcess } from '../testing/hostProcess';

// npm start with the development identities must not be reachable from other machines. Only
// loopback addresses are used here: 127.0.0.2 stands for "another interface" — a host listening
// on every interface (0.0.0.0) accepts it, one on 127.0.0.1 does not.

jest.setTimeout(120_000);

const reachable = (address: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, address);
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

describe('where npm start listens', () => {
  it('listens on 127.0.0.1 only by default, and says so', async () => {
    const host = await startHostProcess();
    try {
      expect(await reachable('127.0.0.1', host.port)).toBe(true);
      expect(await reachable('127.0.0.2', host.port)).toBe(false);
      expect(host.output()).toMatch(/körs på http:\/\/localhost:\d+\/ {2}\(bara från den här datorn/);
      // A page whose name was made to resolve to 127.0.0.1 (DNS rebinding) names itself in Host.
      const asNamed = (name: string) =>
        new Promise<number | undefined>((resolve, reject) => {
          // node:http, as fetch does not let a caller set Host
          get({ host: '127.0.0.1', port: host.port, path: '/api/units', headers: { host: name } }, (response) => resolve(response.resume().statusCode)).on('error', reject);
        });
      expect(await asNamed(`localhost:${host.port}`)).toBe(200);
      expect(await asNamed(`evil.example:${host.port}`)).toBe(403);
    } finally {
      expect(await host.stop()).toBe(0); // SIGTERM: a graceful stop
    }
  });

  it('refuses to start with development identities on every interface unless explicitly allowed', async () => {
    await expect(startHostProcess({ HOST: '0.0.0.0' })).rejects.toThrow(/exited \(1\)[\s\S]*ALLOW_DEV_IDENTITIES_ON_NETWORK=true/);
    await expect(startHostProcess({ WEBSITE_SITE_NAME: 'vp-prod' })).rejects.toThrow(/aldrig i Azure \(WEBSITE_SITE_NAME är satt\)/);
  });
});
