import { IsBoolean, IsOptional, IsString, MinLength } from '../../common/validators';

export class GetAuthStatusParamsDto {
  @IsOptional() @IsBoolean() includeToken?: boolean;
  @IsOptional() @IsBoolean() refreshToken?: boolean;
}

export class LoginApiKeyParamsDto {
  @IsString() @MinLength(1) apiKey!: string;
}

export class CancelLoginChatGptParamsDto {
  @IsString() loginId!: string;
}
