/** The start page until the plan tab is served here: where to look, in Swedish. */
export function landingPage(): string {
  const links = [
    ['/api/forvaltningar', 'Förvaltningar'],
    ['/api/units', 'Enheter'],
    ['/api/units/hagerstensasens-forskolor/plans/2021', 'Verksamhetsplan 2021 – Hägerstensåsens förskolor'],
    ['/api/units/malarhojden-vastertorps-forskolor/plans/2021', 'Verksamhetsplan 2021 – Mälarhöjden/Västertorps förskolor'],
    ['/api/forvaltningar/hagersten-alvsjo/plans/2021', 'Förvaltningens mål 2021'],
    ['/api/audit', 'Ändringslogg'],
    ['/api/dev/users', 'Utvecklingsidentiteter (lokalt läge)'],
  ];
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Verksamhetsplan</title></head>
<body><main><h1>Verksamhetsplan – lokal värd</h1><p>API:t körs med demodata. Öppna:</p>
<ul>${links.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul></main></body></html>`;
}
