/**
 * The class-validator API this project uses, each piece loaded from its own module.
 *
 * class-validator's CommonJS index loads every decorator it has and with them all of validator.js
 * (locale tables, phone-number metadata): 0.45 MB of the bundle, parsed and initialised at every
 * start although no DTO here uses them. Importing from this file instead keeps only what is
 * named below. Lint forbids importing 'class-validator' anywhere else.
 */
import type * as ClassValidator from 'class-validator';
/* eslint-disable @typescript-eslint/no-var-requires */

type Api = typeof ClassValidator;
export type { ValidationError, ValidationOptions, ValidatorOptions } from 'class-validator';

export const IsArray: Api['IsArray'] = require('class-validator/cjs/decorator/typechecker/IsArray').IsArray;
export const IsBoolean: Api['IsBoolean'] = require('class-validator/cjs/decorator/typechecker/IsBoolean').IsBoolean;
export const IsInt: Api['IsInt'] = require('class-validator/cjs/decorator/typechecker/IsInt').IsInt;
export const IsObject: Api['IsObject'] = require('class-validator/cjs/decorator/typechecker/IsObject').IsObject;
export const IsNumber: Api['IsNumber'] = require('class-validator/cjs/decorator/typechecker/IsNumber').IsNumber;
export const IsString: Api['IsString'] = require('class-validator/cjs/decorator/typechecker/IsString').IsString;
export const IsDefined: Api['IsDefined'] = require('class-validator/cjs/decorator/common/IsDefined').IsDefined;
export const IsIn: Api['IsIn'] = require('class-validator/cjs/decorator/common/IsIn').IsIn;
export const IsOptional: Api['IsOptional'] = require('class-validator/cjs/decorator/common/IsOptional').IsOptional;
export const ValidateIf: Api['ValidateIf'] = require('class-validator/cjs/decorator/common/ValidateIf').ValidateIf;
export const ValidateNested: Api['ValidateNested'] = require('class-validator/cjs/decorator/common/ValidateNested').ValidateNested;
export const ValidateBy: Api['ValidateBy'] = require('class-validator/cjs/decorator/common/ValidateBy').ValidateBy;
export const Max: Api['Max'] = require('class-validator/cjs/decorator/number/Max').Max;
export const Min: Api['Min'] = require('class-validator/cjs/decorator/number/Min').Min;
export const MinLength: Api['MinLength'] = require('class-validator/cjs/decorator/string/MinLength').MinLength;
export const getMetadataStorage: Api['getMetadataStorage'] = require('class-validator/cjs/metadata/MetadataStorage').getMetadataStorage;

type ValidatorInstance = { validate(o: object, opts?: ClassValidator.ValidatorOptions): Promise<ClassValidator.ValidationError[]>; validateSync(o: object, opts?: ClassValidator.ValidatorOptions): ClassValidator.ValidationError[] };
const { getFromContainer } = require('class-validator/cjs/container') as { getFromContainer<T>(c: new () => T): T };
const { Validator } = require('class-validator/cjs/validation/Validator') as { Validator: new () => ValidatorInstance };

/** class-validator's `validate(object, options)`, as its index defines it. */
export function validate(object: object, options?: ClassValidator.ValidatorOptions): Promise<ClassValidator.ValidationError[]> {
  return getFromContainer(Validator).validate(object, options);
}

/** class-validator's `validateSync(object, options)`, as its index defines it. */
export function validateSync(object: object, options?: ClassValidator.ValidatorOptions): ClassValidator.ValidationError[] {
  return getFromContainer(Validator).validateSync(object, options);
}
