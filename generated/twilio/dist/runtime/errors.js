function sharedRestException(first, all) {
  const members = [...all];
  const shared = class RestException extends first {
    static [Symbol.hasInstance](candidate) {
      return members.some((member) => Function.prototype[Symbol.hasInstance].call(member, candidate));
    }
  };
  return shared;
}
export {
  sharedRestException
};
