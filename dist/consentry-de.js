var ConsentryLang_de=(()=>{"use strict";return{}})();
