import { CodexToolCallParamDto, CodexToolCallReplyParamDto } from '../protocol/dto/codex-tool-dtos';
import { jsonSchemaOf } from '../protocol/dto/json-schema';

/** One MCP tool as `tools/list` describes it. */
export interface ToolDefinition {
  /** What the tool does, shown to the model. */
  description: string;
  /** JSON Schema of the tool's `arguments`, derived from its params DTO. */
  inputSchema: Record<string, unknown>;
  /** Tool name that `tools/call` uses (`codex` or `codex-reply`). */
  name: string;
  /** Human-readable tool name. */
  title: string;
}

let cached: ToolDefinition[] | undefined;

/** `tools/list` entries, generated from the DTO classes (pinned by a golden test). */
export function toolDefinitions(): ToolDefinition[] {
  cached ??= [
    {
      description: 'Run a Codex session. Accepts configuration parameters matching the Codex Config struct.',
      inputSchema: jsonSchemaOf(CodexToolCallParamDto),
      name: 'codex',
      title: 'Codex',
    },
    {
      description: 'Continue a Codex session by providing the session id and prompt.',
      inputSchema: jsonSchemaOf(CodexToolCallReplyParamDto),
      name: 'codex-reply',
      title: 'Codex Reply',
    },
  ];
  return cached;
}
