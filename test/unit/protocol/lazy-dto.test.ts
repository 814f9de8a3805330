import { IsString } from '../../../src/common/validators';
import { clientNotification, clientRequest, lazyDto } from '../../../src/protocol/method-types';
import { NewConversationRequest, PROTOCOL } from '../../../src/protocol/methods';
import { str } from '../../../src/protocol/schema/wire-schema';

class NameDto {
  @IsString()
  name!: string;
}

describe('lazily loaded params DTOs', () => {
  test('a descriptor loads its DTO on the first read of `params`, once', () => {
    const load = jest.fn(() => NameDto);
    const request = clientRequest('x/y', lazyDto(load), str());
    const notification = clientNotification('x/z', lazyDto(load));
    expect(load).not.toHaveBeenCalled();
    expect(request.params).toBe(NameDto);
    expect(request.params).toBe(NameDto);
    expect(load).toHaveBeenCalledTimes(1);
    expect(notification.params).toBe(NameDto);
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('a DTO class given directly is the params as it is', () => {
    expect(clientRequest('x/y', NameDto, str()).params).toBe(NameDto);
    expect(clientRequest('x/y', undefined, str()).params).toBeUndefined();
  });

  test('the method table resolves every lazily named DTO to a class', () => {
    expect(NewConversationRequest.params?.name).toBe('NewConversationParamsDto');
    for (const t of [...PROTOCOL.clientRequests, ...PROTOCOL.clientNotifications]) {
      if (t.params !== undefined) expect([t.method, typeof t.params]).toEqual([t.method, 'function']);
    }
  });
});
