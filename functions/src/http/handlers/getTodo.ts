import type { HttpHandler } from '@azure/functions';
import { TodoItem } from '@vp/shared';
import { z } from 'zod';
import { todo } from '../../app/approvals/todo';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { yearQuery } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/todo?year=YYYY: Att göra, what waits for the caller (nothing for a läsare or an anonymous reader) */
export const getTodo = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await assertReader(services, req);
    const today = new Date().toISOString().slice(0, 10);
    return jsonOf(200, z.array(TodoItem), await todo(services.store, caller, yearQuery(req), today));
  });
