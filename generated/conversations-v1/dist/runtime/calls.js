import { isRecord, RequestValidationError } from "./errors.js";
function splitArguments(takesParams2, args) {
  const [first, second, third] = args;
  if (takesParams2 && typeof first === "function")
    return { params: {}, given: false, call: {}, callback: first };
  if (takesParams2 && args.length >= 3) {
    const parts = {
      params: isRecord(first) ? first : {},
      given: isRecord(first),
      call: {},
      callback: typeof third === "function" ? third : void 0
    };
    if (isRecord(second)) parts.headers = second;
    return parts;
  }
  const rest = takesParams2 ? second : first;
  const params = takesParams2 && isRecord(first) ? first : {};
  return {
    params,
    given: takesParams2 && isRecord(first),
    call: isRecord(rest) ? rest : {},
    callback: typeof rest === "function" ? rest : void 0
  };
}
function takesParams(operation) {
  return operation.query !== void 0 || operation.headers !== void 0 || operation.form !== void 0 || operation.json === true;
}
function checkRequired(operation, args) {
  if (operation.required === void 0 || operation.required.length === 0) return;
  if (!args.given) throw new RequestValidationError('Required parameter "params" missing.');
  for (const key of operation.required) {
    const value = Object.hasOwn(args.params, key) ? args.params[key] : void 0;
    if (value === void 0 || value === null)
      throw new RequestValidationError(`Required parameter "params['${key}']" missing.`);
  }
}
function checkLimit(params) {
  const limit = params["limit"];
  if (limit === void 0) return;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit <= 0)
    throw new TypeError("Parameter limit must be a positive integer");
}
function settleCall(run, callback) {
  let promise;
  try {
    promise = run();
  } catch (error) {
    promise = Promise.reject(error);
  }
  return settle(promise, callback);
}
function settle(promise, callback) {
  if (callback)
    promise.then(
      (result) => callback(null, result),
      (error) => callback(error)
    );
  return promise;
}
export {
  checkLimit,
  checkRequired,
  settle,
  settleCall,
  splitArguments,
  takesParams
};
