// The page's only way to the server: same-origin fetches of /api.
function token() {
  try { return sessionStorage.getItem("chronique.token") || ""; } catch (e) { return ""; }
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function parse(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.statusText;
    throw new Error(message);
  }
  return body;
}

export async function get(path) {
  return parse(await fetch(path, { headers: { Accept: "application/json" } }));
}

export async function post(path, body) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  const secret = token();
  if (secret) headers.Authorization = `Bearer ${secret}`;
  return parse(await fetch(path, { method: "POST", headers, body: JSON.stringify(body) }));
}
