import { basename, extname, resolve } from 'path';

/**
 * Where the annotated copy of `file` goes (same name in `outDir`, with `extension` when the copy
 * is of another format: a legacy `.xls` is copied as `.xlsx`); refuses to overwrite the input itself.
 */
export function outputPath(file: string, outDir: string, extension?: string): string {
  const name = extension ? basename(file, extname(file)) + extension : basename(file);
  const target = resolve(outDir, name);
  if (target === resolve(file))
    throw new Error(
      `输出会覆盖原文件 ${file}，请换一个 --out 目录 / refusing to overwrite the input ${file}; choose another --out folder`,
    );
  return target;
}
