var ConsentryLang_nl=(()=>{"use strict";return{}})();
