/** Loaded as a module script: if it runs, so do the page's islands (see site-script.ts). */
document.documentElement.classList.add('modules-ok');
