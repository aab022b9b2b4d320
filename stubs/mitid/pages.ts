/**
 * Server-rendered HTML of the MitID test provider: the identity picker, the
 * logout pages and the error page. Plain HTML and CSS, Danish, works without
 * JavaScript. Everything that is not a literal goes through `escapeHtml`.
 */
import {
  citizens,
  employees,
  maskCpr,
  type CitizenIdentity,
  type EmployeeIdentity,
  type IdpValue,
  type Loa,
} from "./identities";

export function escapeHtml(value: unknown): string {
  return String(value)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const LOA_LABELS: Record<Loa, string> = {
  Low: "Lav (Low)",
  Substantial: "Betydelig (Substantial)",
  High: "Høj (High)",
};

/** Content-Security-Policy of every page; `scriptNonce` allows one inline script. */
export function contentSecurityPolicy(scriptNonce?: string): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    scriptNonce ? `script-src 'nonce-${scriptNonce}'` : "script-src 'none'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const STYLES = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:100%;line-height:1.5;color:#1a1a1a;background:#f5f5f5}
body{margin:0}
.banner{background:#0a3d7a;color:#fff;padding:.75rem 1.5rem;display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}
.banner .brand{font-weight:700;font-size:1.25rem;margin:0}
.banner .tag{background:#ffd43b;color:#1a1a1a;font-weight:700;padding:0 .5rem;border-radius:3px}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.75rem;margin:.5rem 0 1rem}
h2{font-size:1.35rem;margin:2rem 0 .75rem;border-bottom:2px solid #0a3d7a;padding-bottom:.25rem}
h3{font-size:1.1rem;margin:0 0 .5rem}
.note{background:#fff8d6;border-left:6px solid #b38600;padding:.75rem 1rem;margin:0 0 1rem}
.alert{background:#fde8e8;border-left:6px solid #b00020;padding:.75rem 1rem;margin:0 0 1rem}
ul.identities{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:1rem}
.identity{background:#fff;border:1px solid #8a8a8a;border-radius:6px;padding:1rem;display:flex;flex-direction:column;gap:.5rem}
.identity dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:.15rem .75rem}
.identity dt{font-weight:600}
.identity dd{margin:0;overflow-wrap:anywhere}
.identity p{margin:0;color:#3d3d3d}
.identity button{margin-top:auto}
button,.button{font:inherit;font-weight:600;padding:.6rem 1rem;border-radius:4px;border:2px solid #0a3d7a;background:#0a3d7a;color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button:hover,.button:hover{background:#062a55;border-color:#062a55}
button.secondary{background:#fff;color:#0a3d7a}
button.secondary:hover{background:#e8eef7}
:focus-visible{outline:3px solid #1a1a1a;outline-offset:3px;box-shadow:0 0 0 6px #ffd43b}
.actions{margin-top:2rem;padding-top:1rem;border-top:1px solid #8a8a8a}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

function layout(title: string, body: string, head = ""): string {
  return `<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
${head}
</head>
<body>
<header class="banner">
<p class="brand">MitID <span class="visually-hidden">–</span> <span class="tag">TEST</span></p>
<p style="margin:0">NemLog-in testudbyder</p>
</header>
${body}
</body>
</html>`;
}

export const PICKER_TITLE = "MitID (test) – Vælg testidentitet";

export interface PickerOptions {
  uid: string;
  clientName: string;
  /** undefined = show every identity */
  idp: ReadonlySet<IdpValue> | undefined;
  error?: string;
}

function citizenCard(identity: CitizenIdentity): string {
  const descId = `desc-${escapeHtml(identity.id)}`;
  return `<li class="identity">
<h3>${escapeHtml(identity.name)}</h3>
<dl id="${descId}">
<dt>CPR-nummer</dt><dd>${escapeHtml(maskCpr(identity.cpr))}</dd>
<dt>Sikringsniveau</dt><dd>${escapeHtml(LOA_LABELS[identity.loa])}</dd>
</dl>
<p>${escapeHtml(identity.description)}</p>
<button type="submit" name="identity" value="${escapeHtml(identity.id)}" aria-describedby="${descId}">Log ind som ${escapeHtml(identity.name)}</button>
</li>`;
}

function employeeCard(identity: EmployeeIdentity): string {
  const descId = `desc-${escapeHtml(identity.id)}`;
  const staffRows = identity.staff
    ? `<dt>Kommune</dt><dd>${escapeHtml(identity.staff.municipality)} (${escapeHtml(identity.staff.municipalityCode)})</dd>
<dt>Enhed</dt><dd>${escapeHtml(identity.staff.jobcentre)}</dd>`
    : `<dt>Virksomhed</dt><dd>${escapeHtml(identity.company)}</dd>`;
  return `<li class="identity">
<h3>${escapeHtml(identity.name)}</h3>
<dl id="${descId}">
${staffRows}
<dt>CVR-nummer</dt><dd>${escapeHtml(identity.cvr)}</dd>
<dt>RID</dt><dd>${escapeHtml(identity.rid)}</dd>
<dt>Sikringsniveau</dt><dd>${escapeHtml(LOA_LABELS[identity.loa])}</dd>
</dl>
<p>${escapeHtml(identity.description)}</p>
<button type="submit" name="identity" value="${escapeHtml(identity.id)}" aria-describedby="${descId}">Log ind som ${escapeHtml(identity.name)}</button>
</li>`;
}

function section(id: string, heading: string, cards: string[]): string {
  if (cards.length === 0) return "";
  return `<section aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(heading)}</h2>
<ul class="identities">
${cards.join("\n")}
</ul>
</section>`;
}

export function pickerPage({ uid, clientName, idp, error }: PickerOptions): string {
  const showCitizens = idp === undefined || idp.has("mitid");
  const showBusiness = idp === undefined || idp.has("mitid_erhverv");
  const via =
    showCitizens && showBusiness ? "MitID eller MitID Erhverv" : showCitizens ? "MitID" : "MitID Erhverv";

  const sections = [
    showCitizens ? section("borgere", "Borgere", citizens.map(citizenCard)) : "",
    showBusiness
      ? section("virksomheder", "Virksomheder", employees.filter((e) => !e.staff).map(employeeCard))
      : "",
    showBusiness
      ? section("jobcenter", "Jobcenter-medarbejdere", employees.filter((e) => e.staff).map(employeeCard))
      : "",
  ].join("\n");

  return layout(
    PICKER_TITLE,
    `<main id="indhold">
<h1>Vælg testidentitet</h1>
<p class="note"><strong>Dette er en testudbyder.</strong> Den efterligner log ind med MitID og MitID Erhverv via NemLog-in.
Alle personer, CPR-numre og virksomheder herunder er fiktive. Brug den aldrig med rigtige data.</p>
<p>Du er ved at logge ind på <strong>${escapeHtml(clientName)}</strong> med ${escapeHtml(via)}. Vælg hvem du vil logge ind som.</p>
${error ? `<div class="alert" role="alert">${escapeHtml(error)}</div>` : ""}
<form method="post" action="/interaction/${encodeURIComponent(uid)}">
${sections}
<div class="actions">
<button type="submit" name="action" value="cancel" class="secondary">Afbryd</button>
</div>
</form>
</main>`,
  );
}

export function messagePage(title: string, heading: string, paragraphs: string[]): string {
  return layout(
    title,
    `<main id="indhold">
<h1>${escapeHtml(heading)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
</main>`,
  );
}

/**
 * The RP-initiated logout page. `form` is the provider's own
 * `<form id="op.logoutForm">` with its xsrf field; we add `logout=yes` and a
 * visible submit button, and submit it at once when JavaScript runs.
 */
export function logoutPage(form: string, clientName: string | undefined, nonce: string): string {
  const extended = form.replace(
    "</form>",
    `<input type="hidden" name="logout" value="yes"/><button type="submit">Log af</button></form>`,
  );
  return layout(
    "MitID (test) – Log af",
    `<main id="indhold">
<h1>Log af</h1>
<p>Du bliver logget af${clientName ? ` og sendt tilbage til <strong>${escapeHtml(clientName)}</strong>` : ""}.
Sker der ikke noget, så tryk på knappen.</p>
${extended}
</main>
<script nonce="${escapeHtml(nonce)}">document.getElementById("op.logoutForm").submit();</script>`,
  );
}
