/** A full-screen explanation for when the game cannot run at all (no WebGL2, a crash). */
export function FatalScreen(props: { title: string; detail: string }) {
  return (
    <div className="screen fatal-screen" role="alert">
      <div className="panel panel-wide">
        <h2 className="panel-title danger">{props.title}</h2>
        <p className="fatal-detail">{props.detail}</p>
        <button type="button" className="menu-item" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    </div>
  );
}
