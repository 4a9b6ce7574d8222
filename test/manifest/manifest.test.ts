/** @jest-environment jsdom */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const xml = readFileSync(MANIFEST, 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const all = (tag: string) => [...doc.getElementsByTagName(tag)];
const attr = (tag: string, name: string) => all(tag).map((e) => e.getAttribute(name));

describe('manifest.xml (checked offline; `npm run validate` asks Microsoft online)', () => {
  it('is well-formed XML (xmllint)', () => {
    const lint = spawnSync('xmllint', ['--noout', MANIFEST], { encoding: 'utf8' });
    if (lint.error) {
      console.warn('xmllint not installed (Debian libxml2-utils): checked with DOMParser only');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      return;
    }
    expect(lint.status).toBe(0);
  });

  it('parses with office-addin-manifest info', () => {
    const info = spawnSync('node', [join(ROOT, 'node_modules/office-addin-manifest/cli.js'), 'info', MANIFEST], {
      encoding: 'utf8',
      env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: 'true' },
      timeout: 60000,
    });
    expect(info.stdout).toContain('Type: TaskPaneApp');
    expect(info.stdout).toContain('Hosts: Workbook');
  });

  it('is a Workbook task pane add-in, zh-CN by default with en-US overrides', () => {
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(attr('Host', 'Name')).toContain('Workbook');
    expect(doc.getElementsByTagName('DefaultLocale')[0].textContent).toBe('zh-CN');
    expect(attr('Override', 'Locale').every((l) => l === 'en-US')).toBe(true);
    expect(all('bt:Override').length).toBeGreaterThanOrEqual(6);
  });

  it('asks only for ExcelApi 1.1 so Office 2016/2019 can load it', () => {
    const sets = all('Set').map((s) => `${s.getAttribute('Name')} ${s.getAttribute('MinVersion')}`);
    expect(sets).toEqual(['ExcelApi 1.1']);
  });

  it('has a Home-tab group with a Validate function button and an open-pane button in a long-lived shared runtime', () => {
    expect(attr('OfficeTab', 'id')).toEqual(['TabHome']);
    const actions = all('Action').map((a) => a.getAttribute('xsi:type'));
    expect(actions).toEqual(['ExecuteFunction', 'ShowTaskpane']);
    expect(doc.getElementsByTagName('FunctionName')[0].textContent).toBe('validateWorkbook');
    expect(all('Runtime').map((r) => [r.getAttribute('resid'), r.getAttribute('lifetime')])).toEqual([
      ['Taskpane.Url', 'long'],
    ]);
    expect(doc.getElementsByTagName('FunctionFile')[0].getAttribute('resid')).toBe('Taskpane.Url');
  });

  it('points every URL at the dev server (rewritten for production by the build)', () => {
    const urls = [...xml.matchAll(/https?:\/\/[^"<\s]+/g)]
      .map((m) => m[0])
      .filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org'));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.every((u) => u.startsWith('https://localhost:3000'))).toBe(true);
  });
});
