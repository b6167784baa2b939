import { AccessToken } from "./access-token.js";
export {
  AccessToken
};
