import { render } from 'preact';
import { Options } from './Options';
import '../ui/theme.css';
import './options.css';

render(<Options />, document.getElementById('app')!);
