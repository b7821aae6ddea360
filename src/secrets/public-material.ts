/**
 * Key material that is public, or no material at all: certificates, public keys (PEM, OpenSSH
 * `authorized_keys` lines), certificate requests and CRLs are shared on purpose; a PEM envelope with
 * nothing between BEGIN and END (a chart's "paste your key here" example) holds no key.
 */

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const PUBLIC_LABELS =
  /^(?:(?:TRUSTED |X509 )?CERTIFICATE|(?:RSA |EC |DSA |SSH2 )?PUBLIC KEY|(?:NEW )?CERTIFICATE REQUEST|X509 CRL|PGP PUBLIC KEY BLOCK)$/;
// One `authorized_keys`-style line: options are not allowed, a comment is.
const SSH_PUBLIC_KEY =
  /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}(?: [^\r\n]*)?$/;

/** Whether a value is only public key material (certificates, public keys) or empty PEM envelopes. */
export function isPublicMaterial(text: string): boolean {
  const value = text.trim();
  if (value.startsWith('-----BEGIN ')) {
    let blocks = 0;
    let rest = value;
    for (const match of value.matchAll(PEM_BLOCK)) {
      const body = match[2]!.replace(/^[A-Za-z-]+:.*$/gm, '').trim();
      // An empty envelope holds nothing; otherwise only public labels pass.
      if (body !== '' && !PUBLIC_LABELS.test(match[1]!)) return false;
      blocks++;
      rest = rest.replace(match[0], '');
    }
    return blocks > 0 && rest.trim() === '';
  }
  const lines = value.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every((line) => SSH_PUBLIC_KEY.test(line.trim()));
}
