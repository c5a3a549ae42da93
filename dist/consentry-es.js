var ConsentryLang_es=(()=>{"use strict";return{}})();
