function optionKey(wire) {
  if (wire === "Page") return "pageNumber";
  if (wire === "Version") return "versionParam";
  return wire.split(".").map(
    (part) => lowerFirst(
      part.replace(/</g, "Before").replace(/>/g, "After").replace(/[-_\s]+([A-Za-z0-9])/g, (_, next) => next.toUpperCase()).replace(/[-_\s]+$/, "")
    )
  ).join(".");
}
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
function fieldKey(key) {
  return key.replace(/[_.-]+([a-zA-Z0-9])/g, (_, letter) => letter.toUpperCase());
}
export {
  fieldKey,
  optionKey
};
