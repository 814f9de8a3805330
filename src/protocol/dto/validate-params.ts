import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from '../../common/validators';
import { RpcError } from '../errors';

type Ctor<T> = new () => T;

/** Flatten class-validator errors into `path: message` strings, naming each failing field. */
export function describeValidationErrors(errors: ValidationError[], prefix = ''): string[] {
  const out: string[] = [];
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    for (const text of Object.values(e.constraints ?? {})) {
      // class-validator says "model must be a string"; name the full path instead of the leaf.
      out.push(text.startsWith(`${e.property} `) ? `${path}${text.slice(e.property.length)}` : `${path}: ${text}`);
    }
    if (e.children?.length) out.push(...describeValidationErrors(e.children, path));
  }
  return out;
}

/**
 * Turn wire params into a validated DTO instance, or throw -32602 naming each failing field.
 * Unknown extra fields are allowed (the reference's serde structs ignore them).
 */
export async function validateParams<T extends object>(ctor: Ctor<T>, params: unknown): Promise<T> {
  if (params !== undefined && params !== null && (typeof params !== 'object' || Array.isArray(params))) {
    throw RpcError.invalidParams('Invalid params: expected an object');
  }
  const instance = plainToInstance(ctor, params ?? {}) as T;
  const errors = await validate(instance, { forbidUnknownValues: false, whitelist: false });
  if (errors.length) {
    const fields = describeValidationErrors(errors);
    throw RpcError.invalidParams(`Invalid params: ${fields.join('; ')}`, { fields: errors.map((e) => e.property) });
  }
  return instance;
}
