/**
 * The ACP v1 methods this agent serves and calls, as descriptors (name, params DTO, result
 * type) for the dispatcher and the outgoing sender. The result and server→client params types
 * are the wire types of acp-protocol.ts.
 */
import { clientNotification, clientRequest, serverNotification, serverRequest } from '../protocol/method-types';
import { unknownValue, type Schema } from '../protocol/schema/wire-schema';
import {
  AuthenticateParamsDto,
  InitializeParamsDto,
  ListSessionsParamsDto,
  LoadSessionParamsDto,
  MetaOnlyParamsDto,
  NewSessionParamsDto,
  PromptParamsDto,
  SessionIdParamsDto,
  SetSessionModeParamsDto,
} from './acp-dtos';
import type {
  InitializeResult,
  ListSessionsResult,
  LoadSessionResult,
  NewSessionResult,
  PromptResult,
  ReadTextFileParams,
  ReadTextFileResult,
  RequestPermissionParams,
  RequestPermissionResult,
  SessionNotification,
  WriteTextFileParams,
} from './acp-protocol';

/**
 * An ACP object type, described by the ACP schema (the SDK's `schema/v1/schema.json`) rather than
 * here. Not `named`: the protocol schema export's `$defs` hold this server's MCP surface only.
 */
const acp = <T>(name: string): Schema<T> => unknownValue(`ACP v1 \`${name}\``) as Schema<T>;
const empty = acp<Record<string, never>>('EmptyResponse');
// Session lifecycle is ordered: a prompt sent right after session/new must find its session.
const serial = { serial: true };

export const AcpInitializeRequest = clientRequest('initialize', InitializeParamsDto, acp<InitializeResult>('InitializeResponse'), serial);
export const AcpAuthenticateRequest = clientRequest('authenticate', AuthenticateParamsDto, empty, serial);
export const AcpLogoutRequest = clientRequest('logout', MetaOnlyParamsDto, empty, serial);
export const AcpNewSessionRequest = clientRequest('session/new', NewSessionParamsDto, acp<NewSessionResult>('NewSessionResponse'), serial);
export const AcpLoadSessionRequest = clientRequest('session/load', LoadSessionParamsDto, acp<LoadSessionResult>('LoadSessionResponse'), serial);
export const AcpListSessionsRequest = clientRequest('session/list', ListSessionsParamsDto, acp<ListSessionsResult>('ListSessionsResponse'));
export const AcpSetSessionModeRequest = clientRequest('session/set_mode', SetSessionModeParamsDto, empty, serial);
/** Not serial: a prompt runs for minutes while other requests (and session/cancel) are served. */
export const AcpPromptRequest = clientRequest('session/prompt', PromptParamsDto, acp<PromptResult>('PromptResponse'));
export const AcpCancelNotification = clientNotification('session/cancel', SessionIdParamsDto);

export const AcpSessionUpdateNotification = serverNotification('session/update', acp<SessionNotification>('SessionNotification'));
export const AcpRequestPermissionRequest = serverRequest(
  'session/request_permission',
  acp<RequestPermissionParams>('RequestPermissionRequest'),
  acp<RequestPermissionResult>('RequestPermissionResponse'),
);
export const AcpWriteTextFileRequest = serverRequest('fs/write_text_file', acp<WriteTextFileParams>('WriteTextFileRequest'), acp<unknown>('WriteTextFileResponse'));
export const AcpReadTextFileRequest = serverRequest('fs/read_text_file', acp<ReadTextFileParams>('ReadTextFileRequest'), acp<ReadTextFileResult>('ReadTextFileResponse'));
