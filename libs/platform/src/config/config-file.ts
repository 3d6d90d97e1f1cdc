import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError } from './config-error';

/** The settings to validate and, for the error message, where each came from. */
export interface ConfigSources {
  values: Record<string, string | undefined>;
  /** The file named by CONFIG_FILE, resolved against the working directory. */
  file?: string;
  /** Settings whose value was taken from the file (the environment did not set them). */
  fromFile: Set<string>;
}

/**
 * Merges the settings of the file named by `CONFIG_FILE` (the `config/*.env.example` format,
 * read by Node's own dotenv parser) under the environment: a variable set in the real
 * environment wins over the file, so one value can be overridden for one run without editing
 * the file. A name that is not a setting is refused, because a misspelt name in a file would
 * otherwise be ignored silently and its default used.
 */
export function readConfigSources(
  env: Record<string, string | undefined>,
  settings: readonly string[],
): ConfigSources {
  const named = env.CONFIG_FILE;
  if (!named) return { values: env, fromFile: new Set() };
  const file = resolve(named);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError(`Invalid configuration:\n  CONFIG_FILE: cannot read ${file} (${reason})`);
  }
  const fromFileValues = parseEnv(text);
  const known = new Set(settings);
  const unknown = Object.keys(fromFileValues).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n  CONFIG_FILE: ${file} names ${unknown.join(', ')}, which ` +
        `${unknown.length > 1 ? 'are not settings' : 'is not a setting'} (see config/*.env.example)`,
    );
  }
  const values: Record<string, string | undefined> = { ...env };
  const fromFile = new Set<string>();
  for (const [key, value] of Object.entries(fromFileValues)) {
    if (env[key] !== undefined) continue;
    values[key] = value;
    fromFile.add(key);
  }
  return { values, file, fromFile };
}
