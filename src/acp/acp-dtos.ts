import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Min,
  ValidateIf,
  ValidateNested,
} from '../common/validators';

/** `clientCapabilities.fs`. */
export class FileSystemCapabilitiesDto {
  @IsOptional() @IsBoolean() readTextFile?: boolean;
  @IsOptional() @IsBoolean() writeTextFile?: boolean;
}

/** `initialize.clientCapabilities`: what the client can do for the agent (unknown members are kept and ignored). */
export class ClientCapabilitiesDto {
  /** `fs/read_text_file` / `fs/write_text_file` are served by the client when true. */
  @IsOptional() @ValidateNested() @Type(() => FileSystemCapabilitiesDto) fs?: FileSystemCapabilitiesDto;
  /** `terminal/*` are served by the client when true (this agent runs commands itself). */
  @IsOptional() @IsBoolean() terminal?: boolean;
}

/** Name and version of one side (`clientInfo`, `agentInfo`). */
export class ImplementationDto {
  @IsString() name!: string;
  @IsOptional() @IsString() title?: string | null;
  @IsString() version!: string;
}

export class InitializeParamsDto {
  @IsInt() @Min(0) protocolVersion!: number;
  @IsOptional() @ValidateNested() @Type(() => ClientCapabilitiesDto) clientCapabilities?: ClientCapabilitiesDto;
  @IsOptional() @ValidateNested() @Type(() => ImplementationDto) clientInfo?: ImplementationDto | null;
}

export class AuthenticateParamsDto {
  @IsString() methodId!: string;
}

/** One entry of `mcpServers`: stdio (no `type`), `http` or `sse`. */
export class McpServerDto {
  @IsOptional() @IsIn(['http', 'sse', 'stdio']) type?: 'http' | 'sse' | 'stdio';
  @IsString() name!: string;
  @ValidateIf((o: McpServerDto) => o.type === undefined || o.type === 'stdio') @IsString() command?: string;
  @IsOptional() @IsArray() @IsString({ each: true }) args?: string[];
  @IsOptional() @IsArray() env?: { name: string; value: string }[];
  @ValidateIf((o: McpServerDto) => o.type === 'http' || o.type === 'sse') @IsString() url?: string;
  @IsOptional() @IsArray() headers?: { name: string; value: string }[];
}

export class NewSessionParamsDto {
  @IsString() cwd!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => McpServerDto) mcpServers!: McpServerDto[];
}

export class LoadSessionParamsDto {
  @IsString() sessionId!: string;
  @IsString() cwd!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => McpServerDto) mcpServers!: McpServerDto[];
}

/** `resource.resource`: text or blob contents of an embedded resource. */
export class EmbeddedResourceContentsDto {
  @IsString() uri!: string;
  @IsOptional() @IsString() mimeType?: string | null;
  @ValidateIf((o: EmbeddedResourceContentsDto) => o.blob === undefined) @IsString() text?: string;
  @IsOptional() @IsString() blob?: string;
}

/** One ContentBlock of a prompt; the fields its `type` needs are required. */
export class ContentBlockDto {
  @IsIn(['text', 'image', 'audio', 'resource_link', 'resource']) type!: 'text' | 'image' | 'audio' | 'resource_link' | 'resource';
  @ValidateIf((o: ContentBlockDto) => o.type === 'text') @IsString() text?: string;
  @ValidateIf((o: ContentBlockDto) => o.type === 'image' || o.type === 'audio') @IsString() data?: string;
  @ValidateIf((o: ContentBlockDto) => o.type === 'image' || o.type === 'audio') @IsString() mimeType?: string;
  @ValidateIf((o: ContentBlockDto) => o.type === 'resource_link') @IsString() uri?: string;
  @ValidateIf((o: ContentBlockDto) => o.type === 'resource_link') @IsString() name?: string;
  @ValidateIf((o: ContentBlockDto) => o.type === 'resource')
  @IsDefined()
  @ValidateNested()
  @Type(() => EmbeddedResourceContentsDto)
  resource?: EmbeddedResourceContentsDto;
}

export class PromptParamsDto {
  @IsString() sessionId!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ContentBlockDto) prompt!: ContentBlockDto[];
}

export class SessionIdParamsDto {
  @IsString() sessionId!: string;
}

export class SetSessionModeParamsDto {
  @IsString() sessionId!: string;
  @IsString() modeId!: string;
}

export class ListSessionsParamsDto {
  @IsOptional() @IsString() cwd?: string | null;
  @IsOptional() @IsString() cursor?: string | null;
}

/** Anything with an optional `_meta` object (logout). */
export class MetaOnlyParamsDto {
  @IsOptional() @IsObject() _meta?: Record<string, unknown> | null;
}
