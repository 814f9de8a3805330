import { Transform, Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsNumber, IsOptional, IsString, Max, Min, ValidateNested } from '../../common/validators';
import { MAX_EXEC_TIMEOUT_MS } from '../../exec/exec-types';
import { PLAN_STEP_STATUSES, type PlanItem } from '../events';
import { Alias, Description, Expected } from './dto-fields';

/**
 * The arguments the model passes to its function tools. Each class validates the model's JSON,
 * generates the tool's `parameters` schema and is the type the tool receives.
 */

/** Whole milliseconds; past the cap they are capped (Node's timers fire at once from 2^31 ms). */
const capTimeout = ({ value }: { value: unknown }): unknown =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(Math.floor(value), MAX_EXEC_TIMEOUT_MS) : value;

/** `shell` arguments as offered without escalation. */
export class ShellCommandArgsDto {
  @Description('The command to execute')
  @IsArray()
  @IsString({ each: true })
  command!: string[];

  @Description('The working directory to execute the command in')
  @IsOptional()
  @IsString()
  workdir?: string | null;

  @Description('The timeout for the command in milliseconds')
  @Alias('timeout')
  @Expected('a number of milliseconds')
  @Transform(capTimeout)
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: true })
  @Min(0)
  @Max(MAX_EXEC_TIMEOUT_MS)
  timeout_ms?: number | null;
}

/** Upstream ShellToolCallParams: what the shell tool receives; offered whole under on-request with a sandbox. */
export class ShellToolCallParamsDto extends ShellCommandArgsDto {
  @Description('Whether to request escalated permissions. Set to true if command needs to be run without sandbox restrictions')
  @IsOptional()
  @IsBoolean()
  with_escalated_permissions?: boolean | null;

  @Description('Only set if with_escalated_permissions is true. 1-sentence explanation of why we want to run this command.')
  @IsOptional()
  @IsString()
  justification?: string | null;
}

/** `apply_patch` (function form): the whole patch as one string. */
export class ApplyPatchToolArgsDto {
  @Description('The entire contents of the apply_patch command')
  @IsString()
  input!: string;
}

/** One step of `update_plan`. */
export class PlanItemArgDto {
  @IsString()
  step!: string;

  @Description(`One of: ${PLAN_STEP_STATUSES.join(', ')}`)
  @IsIn(PLAN_STEP_STATUSES as unknown as string[])
  status!: PlanItem['status'];
}

/** `update_plan` arguments. */
export class UpdatePlanArgsDto {
  @IsOptional()
  @IsString()
  explanation?: string | null;

  @Description('The list of steps')
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PlanItemArgDto)
  plan!: PlanItemArgDto[];
}
