import { render } from 'preact';
import { Popup } from './Popup';
import '../ui/theme.css';
import '../ui/details.css';
import './popup.css';

render(<Popup />, document.getElementById('app')!);
