// Every page is prerendered to static HTML (adapter-static); SSR stays on so the HTML has content.
export const prerender = true;
