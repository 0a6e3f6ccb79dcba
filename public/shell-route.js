// Runs right after the shell is parsed (a classic script, allowed by the CSP as a file of our own).
// A user who chose English gets the shell the build prerendered in English (src/app/shell-language.ts
// keeps the choice under this key). The prerendered shell is the start page: on any other address
// (a reload, a bookmark) it keeps only the header and footer until the app draws the page asked for.
try {
  var english = document.getElementById('shell-en');
  if (english && localStorage.getItem('lis-stegen.language') === 'en') {
    document.getElementById('root').replaceChildren(english.content.cloneNode(true));
    document.documentElement.lang = 'en';
  }
} catch (e) {
  // No storage: the Swedish shell stays until the app starts.
}
if (!/^(#\/?)?$/.test(location.hash)) document.documentElement.classList.add('shell-elsewhere');
