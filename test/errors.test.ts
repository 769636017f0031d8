// The error catalogue and the README's error table list the same codes with the same exit statuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ERRORS } from '../src/errors.js';

test('every error code is documented in the README with its exit status', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  for (const [code, e] of Object.entries(ERRORS)) {
    const row = readme.split('\n').find((l) => l.includes(`\`${code}\``));
    assert.ok(row, `${code} missing from README`);
    assert.match(row!, new RegExp(`\\|\\s*${e.exit}\\s*\\|`), `${code}: exit ${e.exit} not in its README row`);
  }
  const documented = [...readme.matchAll(/`(DYAD_ERR_[A-Z_]+)`/g)].map((m) => m[1]);
  for (const code of documented) assert.ok(code in ERRORS, `README documents unknown code ${code}`);
});
