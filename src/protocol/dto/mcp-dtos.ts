import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';

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

/** `tools/call` params; `arguments` is checked per tool (with the reference's texts). */
export class CallToolParamsDto {
  @IsString() name!: string;
  @IsOptional() arguments?: unknown;
  @IsOptional() @IsObject() _meta?: { progressToken?: string | number; [k: string]: unknown };
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
