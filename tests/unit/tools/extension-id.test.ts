import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import source from '../../../manifest.json' with { type: 'json' };
import { extensionIdFromKey, SEGUE_EXTENSION_ID } from '../../../src/tools/extension-id';
import { chromeManifest, firefoxManifest } from '../../../src/tools/manifests';

describe('the stable extension id', () => {
  it('is the first 32 hex digits of the sha256 of the public key, 0-f written as a-p', () => {
    const der = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' });
    const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
    const id = extensionIdFromKey(der.toString('base64'));
    expect(id).toMatch(/^[a-p]{32}$/);
    expect([...id].map((c) => (c.charCodeAt(0) - 97).toString(16)).join('')).toBe(hex);
  });

  it('is the id the manifest key gives, the one the README and the policy examples name', () => {
    expect(typeof source.key).toBe('string');
    expect(extensionIdFromKey(source.key)).toBe(SEGUE_EXTENSION_ID);
    expect(chromeManifest().key).toBe(source.key);
  });

  it('ships a managed storage schema to Chrome, and neither the key nor the schema to Firefox', () => {
    expect(chromeManifest().storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(firefoxManifest()).not.toHaveProperty('key');
    expect(firefoxManifest()).not.toHaveProperty('storage');
  });
});

describe('the Chrome Web Store package', () => {
  it('leaves the key out (the store refuses "key field is not allowed in manifest"; it signs with its own key)', () => {
    expect(chromeManifest({ store: true })).not.toHaveProperty('key');
    expect(chromeManifest({ store: true }).storage).toEqual({ managed_schema: 'managed-schema.json' });
  });
});
