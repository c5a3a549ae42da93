var ConsentryLang_pt=(()=>{"use strict";return{}})();
