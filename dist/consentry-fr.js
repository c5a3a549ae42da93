var ConsentryLang_fr=(()=>{"use strict";return{}})();
