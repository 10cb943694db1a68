/** The inline script of the HTML report: only toggles classes; never reads or writes markup. */
export const SCRIPT = `
(function(){
  var box=document.getElementById('only-problems');
  if(box){box.addEventListener('change',function(){document.body.classList.toggle('only-problems',box.checked);});}
  var all=document.getElementById('toggle-all');
  if(all){all.addEventListener('click',function(){
    var items=document.querySelectorAll('#failures details.finding');
    var open=all.textContent==='expand all';
    for(var i=0;i<items.length;i++){items[i].open=open;}
    all.textContent=open?'collapse all':'expand all';
  });}
})();
`;
