/**
 * Validation of the layered TOML tree into typed, still-optional settings (Codex's `ConfigToml`),
 * through the DTO classes of config-toml-dtos. Wrong types are fatal (ConfigError naming the key
 * and the expected type); unknown keys are reported through a callback and never fatal.
 */
import { ConfigToml } from './config-toml-dtos';
import { readTomlTable, type UnusedKeyReporter } from './toml-dto-reader';
import type { TomlTable } from './toml-tree';

export { AUTH_MODE_VALUES, ConfigToml, ModelProviderToml, ProfileToml, VERBOSITY_VALUES, WIRE_API_VALUES } from './config-toml-dtos';
export type { UnusedKeyKind, UnusedKeyReporter } from './toml-dto-reader';

/**
 * Validate the whole tree.
 * @throws ConfigError `invalid type for \`<dotted key>\`: expected <type>` on the first bad value.
 */
export function readConfigToml(tree: TomlTable, report: UnusedKeyReporter = () => undefined): ConfigToml {
  return readTomlTable(ConfigToml, tree, '', report);
}
