var ConsentryLang_it=(()=>{"use strict";return{}})();
