/** Every address no other route knows: the root error boundary shows the not-found page. */
export function loader() {
  throw new Response("Not Found", { status: 404 });
}

export default function NotFound() {
  return null;
}
