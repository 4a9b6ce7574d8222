/**
 * Published advisories for packages in our dependency tree, recorded by hand because the
 * npm audit endpoint cannot be reached from our build machines (see docs/SECURITY.md).
 * `vulnerable` is a semver range; a locked version inside it fails `npm run audit:offline`
 * (high/critical) or is listed as a note (moderate/low).
 */
export interface Advisory {
  name: string;
  vulnerable: string;
  severity: 'low' | 'moderate' | 'high' | 'critical';
  id: string;
  title: string;
}

export const ADVISORIES: Advisory[] = [
  { name: '@babel/traverse', vulnerable: '<7.23.2', severity: 'critical', id: 'CVE-2023-45133', title: 'arbitrary code execution when compiling crafted code' },
  { name: '@babel/helpers', vulnerable: '<7.26.10', severity: 'moderate', id: 'CVE-2025-27789', title: 'inefficient RegExp in named capturing group transform' },
  { name: '@babel/runtime', vulnerable: '<7.26.10', severity: 'moderate', id: 'CVE-2025-27789', title: 'inefficient RegExp in named capturing group transform' },
  { name: 'body-parser', vulnerable: '<1.20.3', severity: 'high', id: 'CVE-2024-45590', title: 'denial of service when url encoding is enabled' },
  { name: 'brace-expansion', vulnerable: '<1.1.12 || >=2.0.0 <2.0.2', severity: 'low', id: 'CVE-2025-5889', title: 'regular expression denial of service' },
  { name: 'braces', vulnerable: '<3.0.3', severity: 'high', id: 'CVE-2024-4068', title: 'uncontrolled resource consumption' },
  { name: 'cookie', vulnerable: '<0.7.0', severity: 'low', id: 'CVE-2024-47764', title: 'out-of-bounds characters in cookie name, path, domain' },
  { name: 'cross-spawn', vulnerable: '>=7.0.0 <7.0.5', severity: 'high', id: 'CVE-2024-21538', title: 'regular expression denial of service' },
  { name: 'esbuild', vulnerable: '<=0.24.2', severity: 'moderate', id: 'GHSA-67mh-4wv8-2f99', title: 'dev server answers any website\'s requests' },
  { name: 'express', vulnerable: '<4.20.0', severity: 'moderate', id: 'CVE-2024-29041', title: 'open redirect in malformed URLs' },
  { name: 'follow-redirects', vulnerable: '<1.15.6', severity: 'moderate', id: 'CVE-2024-28849', title: 'proxy-authorization header kept across hosts' },
  { name: 'form-data', vulnerable: '>=4.0.0 <4.0.4', severity: 'critical', id: 'CVE-2025-7783', title: 'unsafe random boundary' },
  { name: 'fstream', vulnerable: '<1.0.12', severity: 'high', id: 'CVE-2019-13173', title: 'arbitrary file overwrite through hard links' },
  { name: 'http-proxy', vulnerable: '<1.18.1', severity: 'high', id: 'GHSA-6x33-pw7p-hmpq', title: 'denial of service on long body' },
  { name: 'http-proxy-middleware', vulnerable: '<2.0.7', severity: 'high', id: 'CVE-2024-21536', title: 'denial of service' },
  { name: 'http-proxy-middleware', vulnerable: '>=1.3.0 <2.0.9', severity: 'moderate', id: 'CVE-2025-32996', title: 'writeBody may be called twice' },
  { name: 'json5', vulnerable: '>=2.0.0 <2.2.2', severity: 'high', id: 'CVE-2022-46175', title: 'prototype pollution in parse' },
  { name: 'jszip', vulnerable: '<3.8.0', severity: 'moderate', id: 'CVE-2022-48285', title: 'path traversal in loadAsync' },
  { name: 'lodash', vulnerable: '<4.17.21', severity: 'high', id: 'CVE-2021-23337', title: 'command injection in template' },
  { name: 'micromatch', vulnerable: '<4.0.8', severity: 'moderate', id: 'CVE-2024-4067', title: 'regular expression denial of service' },
  { name: 'minimatch', vulnerable: '<3.0.5', severity: 'high', id: 'CVE-2022-3517', title: 'regular expression denial of service' },
  { name: 'nth-check', vulnerable: '<2.0.1', severity: 'high', id: 'CVE-2021-3803', title: 'regular expression denial of service' },
  { name: 'on-headers', vulnerable: '<1.1.0', severity: 'low', id: 'CVE-2025-7339', title: 'response headers manipulated by array input' },
  { name: 'path-to-regexp', vulnerable: '<0.1.12', severity: 'high', id: 'CVE-2024-52798', title: 'backtracking regular expressions' },
  { name: 'qs', vulnerable: '<6.10.3', severity: 'high', id: 'CVE-2022-24999', title: 'prototype pollution' },
  { name: 'semver', vulnerable: '<5.7.2 || >=6.0.0 <6.3.1 || >=7.0.0 <7.5.2', severity: 'moderate', id: 'CVE-2022-25883', title: 'regular expression denial of service' },
  { name: 'send', vulnerable: '<0.19.0', severity: 'low', id: 'CVE-2024-43799', title: 'template injection leading to XSS' },
  { name: 'serialize-javascript', vulnerable: '<6.0.2', severity: 'moderate', id: 'CVE-2024-11831', title: 'cross-site scripting' },
  { name: 'serve-static', vulnerable: '<1.16.0', severity: 'low', id: 'CVE-2024-43800', title: 'template injection leading to XSS' },
  { name: 'shell-quote', vulnerable: '<1.7.3', severity: 'critical', id: 'CVE-2021-42740', title: 'command injection' },
  { name: 'terser', vulnerable: '<5.14.2', severity: 'high', id: 'CVE-2022-25858', title: 'regular expression denial of service' },
  { name: 'tmp', vulnerable: '<=0.2.3', severity: 'low', id: 'CVE-2025-54798', title: 'arbitrary file write through symbolic link dir parameter' },
  { name: 'tough-cookie', vulnerable: '<4.1.3', severity: 'moderate', id: 'CVE-2023-26136', title: 'prototype pollution' },
  { name: 'webpack', vulnerable: '>=5.0.0 <5.94.0', severity: 'moderate', id: 'CVE-2024-43788', title: 'DOM clobbering in AutoPublicPathRuntimeModule' },
  { name: 'webpack-dev-server', vulnerable: '<=5.2.0', severity: 'moderate', id: 'CVE-2025-30359', title: 'source code exposure to malicious sites' },
  { name: 'ws', vulnerable: '>=8.0.0 <8.17.1', severity: 'high', id: 'CVE-2024-37890', title: 'denial of service with many HTTP headers' },
  { name: 'xml2js', vulnerable: '<0.5.0', severity: 'moderate', id: 'CVE-2023-0842', title: 'prototype pollution' },
];
