// The client believes no response it has not checked: a body that does not match its schema in
// @vp/shared becomes an ApiError with a Swedish message the page shows, not an object that crashes later.
import { ApiError, createApiClient, unreadableResponse } from './client';

const replies: Response[] = [];
beforeEach(() => {
  replies.length = 0;
  jest.spyOn(globalThis, 'fetch').mockImplementation(async () => replies.shift() ?? new Response(null, { status: 599 }));
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const api = createApiClient({ baseUrl: 'http://api.test/api', identity: () => null });
const reply = (body: unknown, status = 200) => replies.push(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

it('refuses a plan whose goals are not a list, a report without its progress, and a body that is not JSON', async () => {
  reply({ forvaltning: { id: 'f1' }, unit: null, plan: null, year: 2021, sections: [], goals: 'alla' });
  reply({ unitId: 'u1', year: 2021, period: 'T1', status: 'draft', eTag: null, readyAt: null, readyBy: null, goals: [], indicators: [], activities: [], previous: null });
  reply('<html>Inloggning</html>');
  for (const call of [api.getPlan('u1', 2021), api.getReport('u1', 2021, 'T1'), api.listUnits()]) {
    const error = await refusal(call);
    expect({ code: error.code, message: error.message }).toEqual({ code: 'INVALID_RESPONSE', message: unreadableResponse });
  }
});

it('accepts a response that matches its schema', async () => {
  reply([{ id: 'dev-u1', name: 'Rektor', role: 'rektor', forvaltningId: 'f1', unitId: 'u1' }]);
  await expect(api.listDevUsers()).resolves.toEqual([{ id: 'dev-u1', name: 'Rektor', role: 'rektor', forvaltningId: 'f1', unitId: 'u1' }]);
});

it('reads a refusal from the error envelope, and says only the status when the body is not one', async () => {
  reply({ error: { code: 'VALIDATION', message: 'Titeln får inte vara tom', fields: [{ field: 'title', message: 'Får inte vara tom' }] } }, 400);
  const invalid = await refusal(api.listUnits());
  expect({ status: invalid.status, code: invalid.code, message: invalid.message, fields: invalid.fields }).toEqual({
    status: 400,
    code: 'VALIDATION',
    message: 'Titeln får inte vara tom',
    fields: [{ field: 'title', message: 'Får inte vara tom' }],
  });
  reply({ error: 'Bad gateway' }, 502);
  const gateway = await refusal(api.listUnits());
  expect({ status: gateway.status, code: gateway.code, message: gateway.message }).toEqual({ status: 502, code: 'HTTP', message: 'Servern svarade 502' });
});
