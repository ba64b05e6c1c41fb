/**
 * Inputs prepared ahead (asynchronously, with a native digest: inputs-async.ts) handed to the draw or the
 * announcement, which stay synchronous: they must have been prepared for the very request drawn, or the
 * record would carry the hashes of one request beside the result of another.
 */
import { canonicalJson } from './canonical';
import { prepareRequest, type PreparedInputs } from './inputs';
import { DrawError } from './schema';

export function preparedFor(p: PreparedInputs, request: unknown): PreparedInputs {
  if (canonicalJson(prepareRequest(request)) !== canonicalJson(p.request))
    throw new DrawError('prepared-for-another-request', '预先准备的输入不是为本次抽取的请求准备的', 'the inputs given were prepared for another request');
  return p;
}
