import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, Min, ValidateNested } from '../../common/validators';
import {
  ASK_FOR_APPROVAL_VALUES,
  AskForApproval,
  REASONING_EFFORT_VALUES,
  REASONING_SUMMARY_VALUES,
  ReasoningEffort,
  ReasoningSummary,
  SANDBOX_MODE_VALUES,
  SandboxMode,
} from '../common-types';

/**
 * Wire InputItem: adjacently tagged `{type, data:{…}}` as the reference, or the flat form
 * `{type:"text", text}` later clients send. Normalised by `normalizeInputItems`.
 */
export class InputItemDto {
  @IsIn(['text', 'image', 'localImage']) type!: 'text' | 'image' | 'localImage';
  @IsOptional() @IsObject() data?: { text?: unknown; image_url?: unknown; path?: unknown };
  @IsOptional() @IsString() text?: string;
  @IsOptional() @IsString() image_url?: string;
  @IsOptional() @IsString() path?: string;
}

export class NewConversationParamsDto {
  @IsOptional() @IsString() model?: string;
  @IsOptional() @IsString() profile?: string;
  @IsOptional() @IsString() cwd?: string;
  @IsOptional() @IsIn(ASK_FOR_APPROVAL_VALUES as AskForApproval[]) approvalPolicy?: AskForApproval;
  @IsOptional() @IsIn(SANDBOX_MODE_VALUES as SandboxMode[]) sandbox?: SandboxMode;
  @IsOptional() @IsObject() config?: Record<string, unknown>;
  @IsOptional() @IsString() baseInstructions?: string;
  @IsOptional() @IsBoolean() includePlanTool?: boolean;
  @IsOptional() @IsBoolean() includeApplyPatchTool?: boolean;
}

export class ConversationIdParamsDto {
  @IsString() conversationId!: string;
}

export class SendUserMessageParamsDto {
  @IsString() conversationId!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => InputItemDto) items!: InputItemDto[];
}

export class SandboxPolicyDto {
  @IsIn(SANDBOX_MODE_VALUES as SandboxMode[]) mode!: SandboxMode;
  @IsOptional() @IsArray() @IsString({ each: true }) writable_roots?: string[];
  @IsOptional() @IsBoolean() network_access?: boolean;
  @IsOptional() @IsBoolean() exclude_tmpdir_env_var?: boolean;
  @IsOptional() @IsBoolean() exclude_slash_tmp?: boolean;
}

export class SendUserTurnParamsDto {
  @IsString() conversationId!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => InputItemDto) items!: InputItemDto[];
  @IsString() cwd!: string;
  @IsIn(ASK_FOR_APPROVAL_VALUES as AskForApproval[]) approvalPolicy!: AskForApproval;
  @IsDefined() @ValidateNested() @Type(() => SandboxPolicyDto) sandboxPolicy!: SandboxPolicyDto;
  @IsString() model!: string;
  @IsOptional() @IsIn(REASONING_EFFORT_VALUES as ReasoningEffort[]) effort?: ReasoningEffort;
  @IsIn(REASONING_SUMMARY_VALUES as ReasoningSummary[]) summary!: ReasoningSummary;
}

export class RemoveConversationListenerParamsDto {
  @IsString() subscriptionId!: string;
}

export class GitDiffToRemoteParamsDto {
  @IsString() cwd!: string;
}

export class ListConversationsParamsDto {
  @IsOptional() @IsInt() @Min(1) pageSize?: number;
  @IsOptional() @IsString() cursor?: string;
}

export class ResumeConversationParamsDto {
  @IsString() path!: string;
  @IsOptional() @ValidateNested() @Type(() => NewConversationParamsDto) overrides?: NewConversationParamsDto;
}

export class ArchiveConversationParamsDto {
  @IsString() conversationId!: string;
  @IsString() rolloutPath!: string;
}

export class ExecOneOffCommandParamsDto {
  @IsArray() @IsString({ each: true }) command!: string[];
  @IsOptional() @IsInt() @Min(1) timeoutMs?: number;
  @IsOptional() @IsString() cwd?: string;
  @IsOptional() @ValidateNested() @Type(() => SandboxPolicyDto) sandboxPolicy?: SandboxPolicyDto;
}
