import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, IsOptional, IsString, Min, ValidateNested } from '../../common/validators';

export class ClientInfoDto {
  @IsString() name!: string;
  @IsOptional() @IsString() title?: string;
  @IsString() version!: string;
}

/** `initialize` params. */
export class InitializeParamsDto {
  @IsString() protocolVersion!: string;
  @IsDefined() @IsObject() capabilities!: Record<string, unknown>;
  @IsDefined() @ValidateNested() @Type(() => ClientInfoDto) clientInfo!: ClientInfoDto;
}

/** `params.task` of a task-augmented request. */
export class TaskMetadataDto {
  /** Requested lifetime in milliseconds (the server may shorten it). */
  @IsOptional() @IsInt() @Min(0) ttl?: number;
}

/** `tools/call` params; `arguments` is checked per tool (with the reference's texts). */
export class CallToolParamsDto {
  @IsString() name!: string;
  @IsOptional() arguments?: unknown;
  @IsOptional() @IsObject() _meta?: { progressToken?: string | number; [k: string]: unknown };
  /** Present: run as an MCP task (2025-11-25) and answer with a CreateTaskResult at once. */
  @IsOptional() @ValidateNested() @Type(() => TaskMetadataDto) task?: TaskMetadataDto;
}

/** `tasks/get`, `tasks/result` and `tasks/cancel` params. */
export class TaskIdParamsDto {
  @IsString() taskId!: string;
}

/** `tasks/list` params. */
export class ListTasksParamsDto {
  @IsOptional() @IsString() cursor?: string;
}

/** `logging/setLevel` params. */
export class SetLevelParamsDto {
  @IsString() level!: string;
}

/** `notifications/cancelled` params. */
export class CancelledParamsDto {
  @IsDefined() requestId!: string | number;
  @IsOptional() @IsString() reason?: string;
}
