import { createHash, createPublicKey } from 'node:crypto';
import { generate } from 'selfsigned';

export interface SelfSignedCertificate {
  /** PEM, for the server and for a client that must trust it (NODE_EXTRA_CA_CERTS) */
  cert: string;
  key: string;
  /** base64 SHA-256 of the public key (SPKI), as Chromium's --ignore-certificate-errors-spki-list names a certificate */
  spkiSha256: string;
}

/** A certificate for https on 127.0.0.1, made per run (never committed), valid for a day. */
export async function selfSignedCertificate(): Promise<SelfSignedCertificate> {
  const now = new Date();
  const { cert, private: key } = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  });
  const spki = createPublicKey(cert).export({ type: 'spki', format: 'der' });
  return { cert, key, spkiSha256: createHash('sha256').update(spki).digest('base64') };
}
